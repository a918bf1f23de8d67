resource "azapi_resource" "keys" {
  type      = "Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2024-04-01"
  name      = "ep-keys"
  location  = "swedencentral"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/mlw"
  identity {
    type = "SystemAssigned"
  }
  body = {
    properties = {
      authMode            = "Key" # want: AZ-ML-012 col 29
      publicNetworkAccess = "Disabled"
    }
  }
}
