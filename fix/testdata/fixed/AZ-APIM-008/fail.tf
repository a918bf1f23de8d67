resource "azurerm_api_management_api" "bad" {
  name                = "api-bad"
  api_management_name = "apim"
  resource_group_name = "rg"
  revision            = "1"
  display_name        = "Chat"
  path                = "chat"
  protocols           = ["https"] # want: AZ-APIM-008 col 26
}
