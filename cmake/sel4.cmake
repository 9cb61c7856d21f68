# Inside a seL4 build: the drop-in for projects/sel4runtime. Same targets,
# options and outputs as sel4runtime; libsel4 comes from the build.

# With a linker that sizes the initial TLS area from the image, no fixed area is reserved by default.
sel4rt_probe_tls_area()
if(SEL4RT_TLS_AREA_LDS)
    set(static_tls_default 0)
else()
    set(static_tls_default 16384)
endif()

set(configure_string "")
config_string(Sel4RuntimeRootStack SEL4RUNTIME_ROOT_STACK
    "Size of the root task's initial stack (bytes)" DEFAULT 16384 UNQUOTE)
config_string(Sel4RuntimeStaticTLS SEL4RUNTIME_STATIC_TLS
    "Size of a fixed (.bss) area for the initial thread's TLS, used when the linker did not size one (bytes)"
    DEFAULT ${static_tls_default} UNQUOTE)
config_string(Sel4RuntimeStackTLS SEL4RUNTIME_STACK_TLS
    "Most bytes of its start stack a process lends to TLS that does not fit the static area"
    DEFAULT 32768 UNQUOTE)
add_config_library(sel4runtime "${configure_string}")

add_library(sel4rt_headers INTERFACE)
target_include_directories(sel4rt_headers INTERFACE ${SEL4RT_PUBLIC_INCLUDES})
target_link_libraries(sel4rt_headers INTERFACE sel4_autoconf sel4runtime_Config)

add_library(sel4runtime STATIC ${SEL4RT_CORE_SOURCES} ${SEL4RT_ROOT}/port/sel4/sel4.c)
target_link_libraries(sel4runtime PUBLIC sel4rt_headers sel4 sel4_autoconf sel4runtime_Config)
target_compile_options(sel4runtime PRIVATE $<$<COMPILE_LANGUAGE:C>:${SEL4RT_RUNTIME_FLAGS}>)
if(SEL4RT_TLS_AREA_LDS)
    # Every program linked with the runtime gets its initial TLS area sized by the linker.
    target_link_options(sel4runtime INTERFACE "-Wl,-T,${SEL4RT_TLS_AREA_LDS}")
endif()

sel4rt_add_crt_objects(sel4rt_headers)
add_dependencies(sel4runtime sel4runtime_crt)
