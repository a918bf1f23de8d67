resource "azurerm_storage_account" "explicit" {
  name                              = "stsingle"
  resource_group_name               = "rg"
  location                          = "swedencentral"
  account_tier                      = "Standard"
  account_replication_type          = "LRS"
  infrastructure_encryption_enabled = true # want: AZ-ST-006 col 39
}

resource "azurerm_storage_account" "by_default" { # want: AZ-ST-006 col 1
  name                              = "stdefault"
  resource_group_name               = "rg"
  location                          = "swedencentral"
  account_tier                      = "Standard"
  account_replication_type          = "LRS"
  infrastructure_encryption_enabled = true
}
