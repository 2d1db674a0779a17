#!/usr/bin/env bash
# Regenerates this folder with Debian's glad (package python3-glad 2.0.2).
# --reproducible uses the Khronos XML bundled with the package: nothing is downloaded.
# OpenGL 4.1 core for the renderer; EGL 1.5 for the offscreen context, with the
# platform extensions render/src/EglContext.cpp asks for.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$here/include" "$here/src"
glad --quiet --reproducible \
  --api gl:core=4.1,egl=1.5 \
  --extensions GL_KHR_debug,GL_ARB_texture_filter_anisotropic,GL_EXT_texture_filter_anisotropic,EGL_EXT_platform_base,EGL_EXT_platform_device,EGL_EXT_device_base,EGL_EXT_device_enumeration,EGL_EXT_device_query,EGL_MESA_platform_surfaceless,EGL_KHR_surfaceless_context,EGL_KHR_create_context,EGL_KHR_no_config_context \
  --out-path "$here" \
  c --loader
