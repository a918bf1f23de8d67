resource "azurerm_api_management_named_value" "key" {
  name                = "openai-key"
  api_management_name = "apim"
  resource_group_name = "rg"
  display_name        = "openai-key"
  secret              = true
  value               = "0123456789abcdef" # want: AZ-APIM-007 col 25
}
