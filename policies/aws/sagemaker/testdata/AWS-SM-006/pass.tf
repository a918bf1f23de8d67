variable "key" {}

resource "aws_sagemaker_endpoint_configuration" "llm" {
  name        = "llm"
  kms_key_arn = "arn:aws:kms:eu-west-1:123456789012:key/abcd"

  production_variants {
    variant_name           = "primary"
    model_name             = "llm"
    initial_instance_count = 1
    instance_type          = "ml.g5.xlarge"
  }
}

resource "aws_sagemaker_endpoint_configuration" "unknown" {
  name        = "llm-2"
  kms_key_arn = var.key

  production_variants {
    variant_name           = "primary"
    model_name             = "llm"
    initial_instance_count = 1
    instance_type          = "ml.g5.xlarge"
  }
}
