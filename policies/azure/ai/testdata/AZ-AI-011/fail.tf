resource "azurerm_cognitive_account" "oai" {
  name                  = "oai-models"
  location              = "swedencentral"
  resource_group_name   = "rg"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-models"
}

# No version: the provider's version_upgrade_option default moves the
# deployment to every new default version.
resource "azurerm_cognitive_deployment" "floating" {
  name                 = "gpt-4o"
  cognitive_account_id = azurerm_cognitive_account.oai.id

  model { # want: AZ-AI-011 col 3
    format = "OpenAI"
    name   = "gpt-4o"
  }

  sku {
    name = "Standard"
  }
}

resource "azurerm_cognitive_deployment" "empty_version" {
  name                   = "gpt-4o-mini"
  cognitive_account_id   = azurerm_cognitive_account.oai.id
  version_upgrade_option = "OnceNewDefaultVersionAvailable"

  model {
    format  = "OpenAI"
    name    = "gpt-4o-mini"
    version = "" # want: AZ-AI-011 col 15
  }

  sku {
    name = "Standard"
  }
}
