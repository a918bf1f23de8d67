resource "azurerm_cognitive_account" "oai" {
  name                  = "oai-filters"
  location              = "swedencentral"
  resource_group_name   = "rg"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-filters"
}

resource "azurerm_cognitive_account_rai_policy" "lenient" {
  name                 = "lenient"
  cognitive_account_id = azurerm_cognitive_account.oai.id
  base_policy_name     = "Microsoft.Default"

  content_filter {
    name               = "Hate"
    filter_enabled     = true
    block_enabled      = true
    severity_threshold = "High"
    source             = "Prompt"
  }
  content_filter {
    name               = "Violence"
    filter_enabled     = true
    block_enabled      = false
    severity_threshold = "Medium"
    source             = "Completion"
  }
}

resource "azurerm_cognitive_deployment" "chat" {
  name                 = "gpt-4o"
  cognitive_account_id = azurerm_cognitive_account.oai.id
  rai_policy_name      = azurerm_cognitive_account_rai_policy.lenient.name # want: AZ-AI-010 col 26

  model {
    format  = "OpenAI"
    name    = "gpt-4o"
    version = "2024-08-06"
  }

  sku {
    name = "Standard"
  }
}

# The policy named as a literal, found among the account's policies.
resource "azurerm_cognitive_deployment" "mini" {
  name                 = "gpt-4o-mini"
  cognitive_account_id = azurerm_cognitive_account.oai.id
  rai_policy_name      = "lenient" # want: AZ-AI-010 col 26

  model {
    format  = "OpenAI"
    name    = "gpt-4o-mini"
    version = "2024-07-18"
  }

  sku {
    name = "Standard"
  }
}
