resource "azurerm_cognitive_account" "oai" { # want: AZ-AI-009 col 1
  name                  = "oai-metrics-only"
  location              = "swedencentral"
  resource_group_name   = "rg"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-metrics-only"
}

resource "azurerm_monitor_diagnostic_setting" "oai" {
  name                       = "metrics"
  target_resource_id         = azurerm_cognitive_account.oai.id
  log_analytics_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law"

  enabled_metric {
    category = "AllMetrics"
  }
}

resource "azurerm_machine_learning_workspace" "mlw" { # want: AZ-AI-009 col 1
  name                    = "mlw-logs-off"
  location                = "swedencentral"
  resource_group_name     = "rg"
  application_insights_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Insights/components/appi"
  key_vault_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  storage_account_id      = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st"

  identity {
    type = "SystemAssigned"
  }
}

# azurerm v3 log blocks, switched off.
resource "azurerm_monitor_diagnostic_setting" "mlw" {
  name               = "audit-off"
  target_resource_id = azurerm_machine_learning_workspace.mlw.id
  storage_account_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stlogs"

  log {
    category_group = "audit"
    enabled        = false
  }
}

resource "azurerm_search_service" "srch" { # want: AZ-AI-009 col 1
  name                = "srch-metrics-only"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "standard"
}

resource "azurerm_monitor_diagnostic_setting" "srch" {
  name                       = "metrics"
  target_resource_id         = azurerm_search_service.srch.id
  log_analytics_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law"

  enabled_metric {
    category = "AllMetrics"
  }
}
