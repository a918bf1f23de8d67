resource "aws_api_gateway_stage" "prod" { # want: AWS-APIGW-003 col 1
  stage_name    = "prod"
  rest_api_id   = "a1b2c3"
  deployment_id = "dep123"
}
