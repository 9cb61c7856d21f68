# SPDX-FileCopyrightText: 2026 sel4rt contributors
# SPDX-License-Identifier: BSD-2-Clause
# Kernel and tool settings for the example root tasks. The workspace is a
# seL4 repo-manifest checkout with sel4rt in projects/sel4runtime.
cmake_minimum_required(VERSION 3.16.0)

set(SEL4RT_WORKSPACE "${CMAKE_CURRENT_LIST_DIR}/../../../.." CACHE PATH "The seL4 workspace (kernel/, tools/seL4/, projects/)")
set(project_dir "${SEL4RT_WORKSPACE}")
file(GLOB project_modules ${project_dir}/projects/*)
list(APPEND CMAKE_MODULE_PATH ${project_dir}/kernel ${project_dir}/tools/seL4/cmake-tool/helpers/
     ${project_dir}/tools/seL4/elfloader-tool/ ${project_modules})
set(OPENSBI_PATH "${project_dir}/tools/opensbi" CACHE STRING "OpenSBI Folder location")

include(application_settings)
include(${CMAKE_CURRENT_LIST_DIR}/easy-settings.cmake)
correct_platform_strings()

find_package(seL4 REQUIRED)
sel4_configure_platform_settings()

if(KernelSel4ArchAarch32)
    set(KernelArmTLSReg tpidruro CACHE STRING "" FORCE)
endif()
if(KernelPlatformQEMUArmVirt OR KernelPlatformQEMURiscVVirt OR KernelPlatformSpike)
    set(SIMULATION ON CACHE BOOL "" FORCE)
endif()
if(SIMULATION)
    ApplyCommonSimulationSettings(${KernelSel4Arch})
endif()
ApplyCommonReleaseVerificationSettings(${RELEASE} OFF)
