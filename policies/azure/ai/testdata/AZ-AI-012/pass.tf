variable "auth_type" {
  type = string
}

resource "azurerm_cognitive_account" "foundry" {
  name                       = "ais-foundry"
  location                   = "swedencentral"
  resource_group_name        = "rg"
  kind                       = "AIServices"
  sku_name                   = "S0"
  custom_subdomain_name      = "ais-foundry"
  project_management_enabled = true
}

resource "azurerm_cognitive_account_connection_entra_id" "search" {
  name                 = "search"
  cognitive_account_id = azurerm_cognitive_account.foundry.id
  category             = "CognitiveSearch"
  target               = "https://srch-docs.search.windows.net"
  metadata             = {}
}

resource "azurerm_cognitive_account_connection" "generic" {
  name                 = "openai"
  cognitive_account_id = azurerm_cognitive_account.foundry.id
  auth_type            = "AAD"
  category             = "AzureOpenAI"
  target               = "https://oai-shared.openai.azure.com"
  metadata             = {}
}

# The auth type is an input without a default: not evaluated.
resource "azurerm_cognitive_account_connection" "unknown" {
  name                 = "unknown"
  cognitive_account_id = azurerm_cognitive_account.foundry.id
  auth_type            = var.auth_type
  category             = "AzureOpenAI"
  target               = "https://oai-other.openai.azure.com"
  metadata             = {}
}
