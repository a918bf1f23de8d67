resource "azurerm_postgresql_flexible_server" "cmk" {
  name                = "postgresql-cmk"
  location            = "swedencentral"
  resource_group_name = "rg"

  identity {
    type         = "UserAssigned"
    identity_ids = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/db"]
  }

  customer_managed_key {
    key_vault_key_id                  = "https://kv.vault.azure.net/keys/db/0123"
    primary_user_assigned_identity_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/db"
  }
}
