resource "azapi_resource" "public" {
  type      = "Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2024-04-01"
  name      = "ep-public"
  location  = "swedencentral"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/mlw"
  identity {
    type = "SystemAssigned"
  }
  body = {
    properties = {
      authMode            = "AADToken"
      publicNetworkAccess = "Enabled" # want: AZ-ML-011 col 29
    }
  }
}

resource "azapi_resource" "by_default" {
  type      = "Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2024-04-01"
  name      = "ep-by_default"
  location  = "swedencentral"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/mlw"
  identity {
    type = "SystemAssigned"
  }
  body = {
    properties = { # want: AZ-ML-011 col 18
      authMode = "AADToken"
    }
  }
}
