variable "category" {
  type = string
}

resource "azurerm_monitor_diagnostic_setting" "activity" {
  name                       = "activity-log"
  target_resource_id         = "/subscriptions/00000000-0000-0000-0000-000000000000"
  log_analytics_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law"

  enabled_log {
    category = "Administrative"
  }

  enabled_log {
    category = "Security"
  }

  enabled_log {
    category = "Policy"
  }
}

# A second subscription: the category is an input without a default, so
# its export cannot be decided and nothing is reported.
resource "azurerm_monitor_diagnostic_setting" "unknown" {
  name                       = "activity-unknown"
  target_resource_id         = "/subscriptions/11111111-1111-1111-1111-111111111111"
  log_analytics_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law"

  enabled_log {
    category = var.category
  }
}
