resource "azurerm_api_management_backend" "openai" {
  name                = "openai"
  api_management_name = "apim"
  resource_group_name = "rg"
  protocol            = "http"
  url                 = "https://oai-fabrikam.openai.azure.com/openai"

  credentials {
    header = {
      "api-key" = "0123456789abcdef" # want: AZ-APIM-006 col 19
    }
  }
}
