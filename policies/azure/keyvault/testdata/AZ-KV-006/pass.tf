variable "category" {
  type = string
}

resource "azurerm_key_vault" "audited" {
  name = "kv-audited"
  location            = "swedencentral"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

resource "azurerm_monitor_diagnostic_setting" "audited" {
  name                       = "kv-audit"
  target_resource_id         = azurerm_key_vault.audited.id
  log_analytics_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law"

  enabled_log {
    category_group = "audit"
  }
}

resource "azurerm_key_vault" "events" {
  name = "kv-events"
  location            = "swedencentral"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

resource "azurerm_monitor_diagnostic_setting" "events" {
  name                       = "kv-events"
  target_resource_id         = azurerm_key_vault.events.id
  log_analytics_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law"

  enabled_log {
    category = "AuditEvent"
  }
}

# The category is an input without a default: unknown, so not reported.
resource "azurerm_key_vault" "unknown" {
  name = "kv-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

resource "azurerm_monitor_diagnostic_setting" "unknown" {
  name                       = "kv-unknown"
  target_resource_id         = azurerm_key_vault.unknown.id
  log_analytics_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law"

  enabled_log {
    category = var.category
  }
}

# No diagnostic setting in the scan: it may be applied elsewhere (by Azure
# Policy, another configuration), so this is only "review" unless the scan
# is declared complete.
resource "azurerm_key_vault" "elsewhere" {
  name = "kv-elsewhere"
  location            = "swedencentral"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}
