resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = "a1b2c3"
  stage_name  = "prod"
  method_path = "*/*"

  settings { # want: AWS-APIGW-004 col 3
    caching_enabled      = true
    cache_data_encrypted = true
  }
}

resource "aws_api_gateway_method_settings" "off" {
  rest_api_id = "a1b2c3"
  stage_name  = "prod"
  method_path = "models/GET"

  settings {
    caching_enabled      = true
    cache_data_encrypted = true # want: AWS-APIGW-004 col 28
  }
}
