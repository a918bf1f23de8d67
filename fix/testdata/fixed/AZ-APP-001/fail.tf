resource "azurerm_linux_web_app" "by_default" { # want: AZ-APP-001 col 1
  name = "app-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only = true

  site_config {}
}

resource "azurerm_windows_function_app" "explicit" {
  name                       = "func-http"
  location            = "swedencentral"
  resource_group_name = "rg"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name       = "stfunc"
  https_only                 = true # want: AZ-APP-001 col 32

  site_config {}
}
