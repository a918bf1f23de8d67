resource "azurerm_application_gateway" "bad" {
  name                = "agw-bad"
  location            = "swedencentral"
  resource_group_name = "rg"

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }

  ssl_policy {
    policy_type = "Predefined"
    policy_name = "AppGwSslPolicy20150501" # want: AZ-WAF-005 col 19
  }
}

resource "azurerm_application_gateway" "custom" {
  name                = "agw-custom"
  location            = "swedencentral"
  resource_group_name = "rg"

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }

  ssl_policy {
    policy_type          = "CustomV2"
    min_protocol_version = "TLSv1_1" # want: AZ-WAF-005 col 28
    cipher_suites        = ["TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"]
  }
}
