/* stb_image's and stb_image_write's implementations, compiled into the panorama
   fuzzer so the decoder is instrumented (the app links Debian's libstb). */
#define STB_IMAGE_IMPLEMENTATION
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image.h>
#include <stb_image_write.h>
