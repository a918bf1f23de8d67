resource "azurerm_databricks_workspace" "bad" {
  name                = "dbw-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "premium"

  custom_parameters {
    no_public_ip = true # want: AZ-DBW-002 col 20
  }
}

terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 3.100"
    }
  }
}

# azurerm v3 defaults no_public_ip to false.
resource "azurerm_databricks_workspace" "v3_default" { # want: AZ-DBW-002 col 1
  name                = "dbw-v3"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "premium"
}
