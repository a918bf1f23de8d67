variable "log_groups" {
  type = list(string)
}

resource "azurerm_cognitive_account" "oai" {
  name                  = "oai-audited"
  location              = "swedencentral"
  resource_group_name   = "rg"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-audited"
}

resource "azurerm_monitor_diagnostic_setting" "oai" {
  name                       = "audit"
  target_resource_id         = azurerm_cognitive_account.oai.id
  log_analytics_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law"

  enabled_log {
    category_group = "audit"
  }
}

resource "azurerm_ai_foundry" "hub" {
  name                = "hub-audited"
  location            = "swedencentral"
  resource_group_name = "rg"
  storage_account_id  = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st"
  key_vault_id        = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_monitor_diagnostic_setting" "hub" {
  name                       = "all"
  target_resource_id         = azurerm_ai_foundry.hub.id
  log_analytics_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law"

  enabled_log {
    category_group = "allLogs"
  }
}

resource "azurerm_search_service" "srch" {
  name                = "srch-audited"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "standard"
}

resource "azurerm_monitor_diagnostic_setting" "srch" {
  name                       = "operations"
  target_resource_id         = azurerm_search_service.srch.id
  log_analytics_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law"

  enabled_log {
    category = "OperationLogs"
  }
}

# No setting in these files: one may be applied by Azure Policy, so only
# reviewed unless the scan is declared complete.
resource "azurerm_cognitive_account" "elsewhere" {
  name                  = "oai-elsewhere"
  location              = "swedencentral"
  resource_group_name   = "rg"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-elsewhere"
}

# The log categories are an input without a default: not evaluated.
resource "azurerm_cognitive_account" "unknown" {
  name                  = "oai-unknown"
  location              = "swedencentral"
  resource_group_name   = "rg"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-unknown"
}

resource "azurerm_monitor_diagnostic_setting" "unknown" {
  name                       = "dynamic"
  target_resource_id         = azurerm_cognitive_account.unknown.id
  log_analytics_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law"

  dynamic "enabled_log" {
    for_each = var.log_groups
    content {
      category_group = enabled_log.value
    }
  }
}
