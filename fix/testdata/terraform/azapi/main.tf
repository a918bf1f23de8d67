resource "azapi_resource" "keys" {
  type      = "Microsoft.CognitiveServices/accounts@2024-10-01"
  name      = "oai-keys"
  parent_id = "/subscriptions/0000/resourceGroups/rg"
  location  = "swedencentral"
  body = {
    kind = "OpenAI"
    properties = {
      disableLocalAuth    = false
      publicNetworkAccess = "Disabled"
    }
    sku = { name = "S0" }
  }
}

resource "azapi_resource" "by_default" {
  type      = "Microsoft.CognitiveServices/accounts@2024-10-01"
  name      = "oai-default"
  parent_id = "/subscriptions/0000/resourceGroups/rg"
  location  = "swedencentral"
  body = jsonencode({
    kind = "OpenAI"
    sku  = { name = "S0" }
  })
}

resource "azapi_resource" "inline" {
  type      = "Microsoft.CognitiveServices/accounts@2024-10-01"
  name      = "oai-inline"
  parent_id = "/subscriptions/0000/resourceGroups/rg"
  location  = "swedencentral"
  body      = { kind = "OpenAI", properties = { publicNetworkAccess = "Disabled" } }
}
