variable "rai_policy" {
  type = string
}

resource "azurerm_cognitive_account" "oai" {
  name                  = "oai-filters"
  location              = "swedencentral"
  resource_group_name   = "rg"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-filters"
}

resource "azurerm_cognitive_account_rai_policy" "strict" {
  name                 = "strict"
  cognitive_account_id = azurerm_cognitive_account.oai.id
  base_policy_name     = "Microsoft.DefaultV2"

  content_filter {
    name               = "Hate"
    filter_enabled     = true
    block_enabled      = true
    severity_threshold = "Low"
    source             = "Prompt"
  }
  content_filter {
    name               = "Jailbreak"
    filter_enabled     = true
    block_enabled      = true
    severity_threshold = "High"
    source             = "Prompt"
  }
}

resource "azurerm_cognitive_deployment" "strict" {
  name                 = "gpt-4o"
  cognitive_account_id = azurerm_cognitive_account.oai.id
  rai_policy_name      = azurerm_cognitive_account_rai_policy.strict.name

  model {
    format  = "OpenAI"
    name    = "gpt-4o"
    version = "2024-08-06"
  }

  sku {
    name = "Standard"
  }
}

# No rai_policy_name: the service default policy applies.
resource "azurerm_cognitive_deployment" "by_default" {
  name                 = "gpt-4o-mini"
  cognitive_account_id = azurerm_cognitive_account.oai.id

  model {
    format  = "OpenAI"
    name    = "gpt-4o-mini"
    version = "2024-07-18"
  }

  sku {
    name = "Standard"
  }
}

resource "azurerm_cognitive_deployment" "builtin" {
  name                 = "o3-mini"
  cognitive_account_id = azurerm_cognitive_account.oai.id
  rai_policy_name      = "Microsoft.DefaultV2"

  model {
    format  = "OpenAI"
    name    = "o3-mini"
    version = "2025-01-31"
  }

  sku {
    name = "GlobalStandard"
  }
}

# A policy managed in another configuration: only reviewed unless the scan
# is declared complete.
resource "azurerm_cognitive_deployment" "elsewhere" {
  name                 = "gpt-4.1"
  cognitive_account_id = azurerm_cognitive_account.oai.id
  rai_policy_name      = "central-policy"

  model {
    format  = "OpenAI"
    name    = "gpt-4.1"
    version = "2025-04-14"
  }

  sku {
    name = "GlobalStandard"
  }
}

# The policy name is an input without a default: not evaluated.
resource "azurerm_cognitive_deployment" "unknown" {
  name                 = "gpt-4.1-mini"
  cognitive_account_id = azurerm_cognitive_account.oai.id
  rai_policy_name      = var.rai_policy

  model {
    format  = "OpenAI"
    name    = "gpt-4.1-mini"
    version = "2025-04-14"
  }

  sku {
    name = "GlobalStandard"
  }
}
