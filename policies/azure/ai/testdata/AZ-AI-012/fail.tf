variable "search_key" {
  type      = string
  sensitive = true
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

resource "azurerm_cognitive_account_connection_api_key" "search" { # want: AZ-AI-012 col 1
  name                 = "search"
  cognitive_account_id = azurerm_cognitive_account.foundry.id
  category             = "CognitiveSearch"
  target               = "https://srch-docs.search.windows.net"
  api_key              = var.search_key
  metadata             = {}
}

resource "azurerm_cognitive_account_connection_account_key" "storage" { # want: AZ-AI-012 col 1
  name                 = "storage"
  cognitive_account_id = azurerm_cognitive_account.foundry.id
  category             = "AzureStorageAccount"
  target               = "https://stdocs.blob.core.windows.net"
  account_key          = "c2VjcmV0"
  metadata             = {}
}

resource "azurerm_cognitive_account_connection" "generic" {
  name                 = "openai"
  cognitive_account_id = azurerm_cognitive_account.foundry.id
  auth_type            = "ApiKey" # want: AZ-AI-012 col 26
  category             = "AzureOpenAI"
  target               = "https://oai-shared.openai.azure.com"
  api_key              = var.search_key
  metadata             = {}
}
