resource "aws_sagemaker_endpoint_configuration" "llm" { # want: AWS-SM-006 col 1
  name = "llm"

  production_variants {
    variant_name           = "primary"
    model_name             = "llm"
    initial_instance_count = 1
    instance_type          = "ml.g5.xlarge"
  }
}
