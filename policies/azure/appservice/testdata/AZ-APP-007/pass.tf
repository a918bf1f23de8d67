variable "setting" {
  type = list(string)
}

resource "azurerm_linux_web_app" "good" {
  name                = "app-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"

  site_config {
    cors {
      allowed_origins = ["https://chat.fabrikam.example"]
    }
  }
}

# Not set: the default passes.
resource "azurerm_linux_web_app" "by_default" {
  name                = "app-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"

  site_config {
    cors {
    }
  }
}

# An input without a default: unknown, so not reported.
resource "azurerm_linux_web_app" "unknown" {
  name                = "app-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"

  site_config {
    cors {
      allowed_origins = var.setting
    }
  }
}
