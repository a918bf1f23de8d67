resource "azurerm_api_management_backend" "openai" {
  name                = "openai"
  api_management_name = "apim"
  resource_group_name = "rg"
  protocol            = "http"
  url                 = "https://oai-fabrikam.openai.azure.com/openai"

  credentials {
    header = {
      "x-request-source" = "apim"
    }
  }
}
