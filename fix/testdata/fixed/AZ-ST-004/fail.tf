resource "azurerm_storage_account" "explicit" {
  name                      = "stkeys"
  resource_group_name       = "rg"
  location                  = "swedencentral"
  account_tier              = "Standard"
  account_replication_type  = "LRS"
  shared_access_key_enabled = false # want: AZ-ST-004 col 31
}

resource "azurerm_storage_account" "by_default" { # want: AZ-ST-004 col 1
  name                      = "stdefault"
  resource_group_name       = "rg"
  location                  = "swedencentral"
  account_tier              = "Standard"
  account_replication_type  = "LRS"
  shared_access_key_enabled = false
}
