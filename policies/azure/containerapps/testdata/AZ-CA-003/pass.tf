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
    external_enabled = false

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
    external_enabled = var.setting

    traffic_weight {
      percentage      = 100
      latest_revision = true
    }
  }
}

# External ingress of an internal environment reaches the virtual network only.
resource "azurerm_container_app_environment" "internal" {
  name                           = "cae-internal"
  location                       = "swedencentral"
  resource_group_name            = "rg"
  infrastructure_subnet_id       = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/aca"
  internal_load_balancer_enabled = true
}

resource "azurerm_container_app" "internal_env" {
  name                         = "ca-internal-env"
  resource_group_name          = "rg"
  container_app_environment_id = azurerm_container_app_environment.internal.id
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
    target_port      = 8080
    external_enabled = true

    traffic_weight {
      percentage      = 100
      latest_revision = true
    }
  }
}
