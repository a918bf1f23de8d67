variable "tokens" {}

resource "aws_instance" "required" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "g5.xlarge"

  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_launch_template" "no_imds" {
  name = "no-imds"

  metadata_options {
    http_endpoint = "disabled"
  }
}

resource "aws_launch_template" "unknown" {
  name = "unknown"

  metadata_options {
    http_tokens = var.tokens
  }
}
