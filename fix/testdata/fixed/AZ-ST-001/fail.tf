resource "azurerm_storage_account" "http" {
  name                       = "sthttp"
  resource_group_name        = "rg"
  location                   = "swedencentral"
  account_tier               = "Standard"
  account_replication_type   = "LRS"
  https_traffic_only_enabled = true # want: AZ-ST-001 col 32
}

# The azurerm v3 spelling.
resource "azurerm_storage_account" "legacy" {
  name                      = "stlegacy"
  resource_group_name       = "rg"
  location                  = "swedencentral"
  account_tier              = "Standard"
  account_replication_type  = "LRS"
  enable_https_traffic_only = true # want: AZ-ST-001 col 31
}
