resource "aws_instance" "default" { # want: AWS-NET-003 col 1
  ami           = "ami-0123456789abcdef0"
  instance_type = "g5.xlarge"

  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_instance" "optional" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "g5.xlarge"

  metadata_options {
    http_tokens = "required" # want: AWS-NET-003 col 19
  }
}

resource "aws_launch_template" "nodes" {
  name = "gpu-nodes"

  metadata_options { # want: AWS-NET-003 col 3
    http_put_response_hop_limit = 2
    http_tokens                 = "required"
  }
}
