variable "key" {
  type      = string
  sensitive = true
}

resource "azurerm_container_app" "vault" {
  name                         = "ca-vault"
  resource_group_name          = "rg"
  container_app_environment_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.App/managedEnvironments/env"
  revision_mode                = "Single"

  identity {
    type = "SystemAssigned"
  }

  secret {
    name                = "openai-key"
    key_vault_secret_id = "https://kv.vault.azure.net/secrets/openai-key"
    identity            = "System"
  }

  # An input without a default: unknown, so not reported.
  secret {
    name  = "other"
    value = var.key
  }

  template {
    container {
      name   = "chat"
      image  = "mcr.microsoft.com/k8se/quickstart:latest"
      cpu    = 0.25
      memory = "0.5Gi"
    }
  }
}
