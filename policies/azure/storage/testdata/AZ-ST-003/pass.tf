terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = ">= 4.59.0"
    }
  }
}

variable "public" {
  type = bool
}

variable "access" {
  type = string
}

# From azurerm 4.59.0 the default is false.
resource "azurerm_storage_account" "by_default" {
  name                     = "stdefault"
  resource_group_name      = "rg"
  location                 = "swedencentral"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account" "explicit" {
  name                            = "stprivate"
  resource_group_name             = "rg"
  location                        = "swedencentral"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  allow_nested_items_to_be_public = false
}

# An input without a default: unknown, so not reported.
resource "azurerm_storage_account" "unknown" {
  name                            = "stunknown"
  resource_group_name             = "rg"
  location                        = "swedencentral"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  allow_nested_items_to_be_public = var.public
}

resource "azurerm_storage_container" "private" {
  name                  = "private"
  storage_account_id    = azurerm_storage_account.explicit.id
  container_access_type = "private"
}

resource "azurerm_storage_container" "by_default" {
  name               = "default"
  storage_account_id = azurerm_storage_account.explicit.id
}

resource "azurerm_storage_container" "unknown" {
  name                  = "unknown"
  storage_account_id    = azurerm_storage_account.explicit.id
  container_access_type = var.access
}
