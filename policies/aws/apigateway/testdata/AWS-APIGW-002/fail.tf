resource "aws_api_gateway_stage" "prod" { # want: AWS-APIGW-002 col 1
  stage_name    = "prod"
  rest_api_id   = "a1b2c3"
  deployment_id = "dep123"
}

resource "aws_apigatewayv2_stage" "default" { # want: AWS-APIGW-002 col 1
  api_id      = "a1b2c3"
  name        = "$default"
  auto_deploy = true
}
