import { ApiProperty } from '@nestjs/swagger';

/** A deployment file as text, for the console's editor or a download. */
export class DeploymentFileDto {
  @ApiProperty({ example: '32.71' })
  regionCode!: string;

  @ApiProperty({ example: 'kota-bogor.yaml', description: 'A suggested file name' })
  fileName!: string;

  @ApiProperty({ description: 'The YAML text' })
  content!: string;
}
