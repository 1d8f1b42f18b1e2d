import { CoreModule, type RuntimeContext } from '@mpp/platform';
import { type DynamicModule, Module } from '@nestjs/common';

/** Back office for the ministry and regional teams; its features arrive with the identity and deployment work. */
@Module({})
export class AppModule {
  static forRoot(context: RuntimeContext): DynamicModule {
    return { module: AppModule, imports: [CoreModule.forRoot(context)] };
  }
}
