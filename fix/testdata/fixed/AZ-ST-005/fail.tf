resource "azurerm_storage_account" "inline" {
  name                          = "stinline"
  resource_group_name           = "rg"
  location                      = "swedencentral"
  account_tier                  = "Standard"
  account_replication_type      = "LRS"
  public_network_access_enabled = false

  network_rules {
    default_action = "Allow" # want: AZ-ST-005 col 22
  }
}

resource "azurerm_storage_account" "separate" {
  name                     = "stseparate"
  resource_group_name      = "rg"
  location                 = "swedencentral"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account_network_rules" "separate" {
  storage_account_id = azurerm_storage_account.separate.id
  default_action     = "Allow" # want: AZ-ST-005 col 24
}
