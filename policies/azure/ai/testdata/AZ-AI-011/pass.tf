variable "model_version" {
  type = string
}

resource "azurerm_cognitive_account" "oai" {
  name                  = "oai-models"
  location              = "swedencentral"
  resource_group_name   = "rg"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-models"
}

resource "azurerm_cognitive_deployment" "pinned" {
  name                 = "gpt-4o"
  cognitive_account_id = azurerm_cognitive_account.oai.id

  model {
    format  = "OpenAI"
    name    = "gpt-4o"
    version = "2024-08-06"
  }

  sku {
    name = "Standard"
  }
}

# No version, but no automatic upgrade either.
resource "azurerm_cognitive_deployment" "no_upgrade" {
  name                   = "gpt-4o-mini"
  cognitive_account_id   = azurerm_cognitive_account.oai.id
  version_upgrade_option = "NoAutoUpgrade"

  model {
    format = "OpenAI"
    name   = "gpt-4o-mini"
  }

  sku {
    name = "Standard"
  }
}

# The version is an input without a default: not evaluated.
resource "azurerm_cognitive_deployment" "unknown" {
  name                 = "o3-mini"
  cognitive_account_id = azurerm_cognitive_account.oai.id

  model {
    format  = "OpenAI"
    name    = "o3-mini"
    version = var.model_version
  }

  sku {
    name = "GlobalStandard"
  }
}
