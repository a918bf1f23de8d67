variable "setting" {
  type = list(string)
}

resource "azurerm_api_management_api" "good" {
  name                = "api-good"
  api_management_name = "apim"
  resource_group_name = "rg"
  revision            = "1"
  display_name        = "Chat"
  path                = "chat"
  protocols           = ["https"]
}

# Not set: the default passes.
resource "azurerm_api_management_api" "by_default" {
  name                = "api-default"
  api_management_name = "apim"
  resource_group_name = "rg"
  revision            = "1"
  display_name        = "Chat"
  path                = "chat"
}

# An input without a default: unknown, so not reported.
resource "azurerm_api_management_api" "unknown" {
  name                = "api-unknown"
  api_management_name = "apim"
  resource_group_name = "rg"
  revision            = "1"
  display_name        = "Chat"
  path                = "chat"
  protocols           = var.setting
}
