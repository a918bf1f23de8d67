variable "setting" {
  type = bool
}

resource "azurerm_databricks_workspace" "good" {
  name                = "dbw-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "premium"

  custom_parameters {
    no_public_ip = true
  }
}

# Not set: the default passes.
resource "azurerm_databricks_workspace" "by_default" {
  name                = "dbw-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "premium"

  custom_parameters {
  }
}

# An input without a default: unknown, so not reported.
resource "azurerm_databricks_workspace" "unknown" {
  name                = "dbw-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "premium"

  custom_parameters {
    no_public_ip = var.setting
  }
}

# azurerm 4.0 and later default no_public_ip to true.
terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}
