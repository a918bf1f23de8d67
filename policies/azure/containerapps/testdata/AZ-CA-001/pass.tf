variable "setting" {
  type = bool
}

resource "azurerm_container_app" "good" {
  name                         = "ca-good"
  resource_group_name          = "rg"
  container_app_environment_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.App/managedEnvironments/env"
  revision_mode                = "Single"

  template {
    container {
      name   = "chat"
      image  = "mcr.microsoft.com/k8se/quickstart:latest"
      cpu    = 0.25
      memory = "0.5Gi"
    }
  }

  ingress {
    target_port = 8080
    allow_insecure_connections = false

    traffic_weight {
      percentage      = 100
      latest_revision = true
    }
  }
}

# Not set: the default passes.
resource "azurerm_container_app" "by_default" {
  name                         = "ca-default"
  resource_group_name          = "rg"
  container_app_environment_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.App/managedEnvironments/env"
  revision_mode                = "Single"

  template {
    container {
      name   = "chat"
      image  = "mcr.microsoft.com/k8se/quickstart:latest"
      cpu    = 0.25
      memory = "0.5Gi"
    }
  }

  ingress {
    target_port = 8080

    traffic_weight {
      percentage      = 100
      latest_revision = true
    }
  }
}

# An input without a default: unknown, so not reported.
resource "azurerm_container_app" "unknown" {
  name                         = "ca-unknown"
  resource_group_name          = "rg"
  container_app_environment_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.App/managedEnvironments/env"
  revision_mode                = "Single"

  template {
    container {
      name   = "chat"
      image  = "mcr.microsoft.com/k8se/quickstart:latest"
      cpu    = 0.25
      memory = "0.5Gi"
    }
  }

  ingress {
    target_port = 8080
    allow_insecure_connections = var.setting

    traffic_weight {
      percentage      = 100
      latest_revision = true
    }
  }
}
