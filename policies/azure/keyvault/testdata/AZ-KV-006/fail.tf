resource "azurerm_key_vault" "kv" { # want: AZ-KV-006 col 1
  name = "kv-metrics-only"
  location            = "swedencentral"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

# The vault's diagnostic setting sends metrics but no audit logs.
resource "azurerm_monitor_diagnostic_setting" "kv" {
  name                       = "kv-metrics"
  target_resource_id         = azurerm_key_vault.kv.id
  log_analytics_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law"

  enabled_metric {
    category = "AllMetrics"
  }
}
