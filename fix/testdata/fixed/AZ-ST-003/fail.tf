terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_storage_account" "explicit" {
  name                            = "stpublic"
  resource_group_name             = "rg"
  location                        = "swedencentral"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  allow_nested_items_to_be_public = false # want: AZ-ST-003 col 37
}

# "~> 4.0" admits versions before 4.59.0, whose default is true.
resource "azurerm_storage_account" "by_default" { # want: AZ-ST-003 col 1
  name                            = "stdefault"
  resource_group_name             = "rg"
  location                        = "swedencentral"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  allow_nested_items_to_be_public = false
}

resource "azurerm_storage_container" "datasets" {
  name                  = "datasets"
  storage_account_id    = azurerm_storage_account.explicit.id
  container_access_type = "private" # want: AZ-ST-003 col 27
}
