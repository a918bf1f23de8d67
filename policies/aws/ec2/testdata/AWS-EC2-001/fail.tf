resource "aws_ebs_volume" "datasets" { # want: AWS-EC2-001 col 1
  availability_zone = "eu-west-1a"
  size              = 500
}

resource "aws_instance" "trainer" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "p4d.24xlarge"

  root_block_device {
    volume_size = 200
    encrypted   = false # want: AWS-EC2-001 col 19
  }

  ebs_block_device { # want: AWS-EC2-001 col 3
    device_name = "/dev/sdf"
    volume_size = 1000
  }
}

resource "aws_launch_template" "nodes" {
  name = "gpu-nodes"

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size = 100
      encrypted   = "false" # want: AWS-EC2-001 col 21
    }
  }
}
