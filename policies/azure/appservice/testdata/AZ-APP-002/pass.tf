variable "tls" {
  type = string
}

# The provider defaults both to 1.2.
resource "azurerm_linux_web_app" "by_default" {
  name = "app-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"

  site_config {}
}

resource "azurerm_linux_web_app" "tls13" {
  name = "app-tls13"
  location            = "swedencentral"
  resource_group_name = "rg"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"

  site_config {
    minimum_tls_version = "1.3"
  }
}

# An input without a default: unknown, so not reported.
resource "azurerm_linux_web_app" "unknown" {
  name = "app-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"

  site_config {
    minimum_tls_version = var.tls
  }
}
