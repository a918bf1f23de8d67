variable "disable_keys" {
  type    = bool
  default = false
}

variable "name" {
  type    = string
  default = "oai"
}

resource "azapi_resource" "account" {
  type      = "Microsoft.CognitiveServices/accounts@2024-10-01"
  name      = var.name
  parent_id = "/subscriptions/0000/resourceGroups/rg"
  location  = "swedencentral"
  body = {
    kind = "OpenAI"
    properties = {
      disableLocalAuth = var.disable_keys
      customSubDomainName = var.name
    }
  }
}
