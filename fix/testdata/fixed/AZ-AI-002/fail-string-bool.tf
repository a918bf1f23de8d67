# A bool written as a string, or passed through a map(string) variable, is
# the bool Terraform converts it to.
variable "settings" {
  type    = map(string)
  default = { public = true }
}

resource "azurerm_cognitive_account" "quoted" {
  name                          = "oai-quoted"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  public_network_access_enabled = false # want: AZ-AI-002 col 35
}

resource "azurerm_cognitive_account" "from_map" {
  name                          = "oai-map"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  public_network_access_enabled = var.settings["public"] # want: AZ-AI-002 col 35
}
