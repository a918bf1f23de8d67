# The key source is written in the account body: Microsoft-managed keys.
resource "azapi_resource" "oai" {
  type      = "Microsoft.CognitiveServices/accounts@2024-10-01"
  name      = "oai-mmk"
  location  = "swedencentral"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"
  body = {
    kind = "OpenAI"
    sku  = { name = "S0" }
    properties = {
      encryption = {
        keySource = "Microsoft.CognitiveServices" # want: AZ-AI-005 col 21
      }
    }
  }
}
